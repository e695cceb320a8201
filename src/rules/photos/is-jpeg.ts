// photos/is-jpeg: every .jpg/.jpeg file is a whole JPEG by its bytes; other images are not counted (Art. 5).
import { defineRule } from '../../engine/define-rule.js';

const TYPE_NAMES: Record<string, string> = { png: 'PNG', heic: 'HEIC', gif: 'GIF', tiff: 'TIFF', webp: 'WebP', bmp: 'BMP', jpeg: 'JPEG' };

export default defineRule({
  id: 'photos/is-jpeg',
  meta: {
    severity: 'error',
    basis: 'Art. 5',
    description: 'Every .jpg/.jpeg file is a whole JPEG image (by its bytes, not its name); other image files are not counted',
    messages: {
      notJpeg: '{file} is named .jpg but is not a JPEG image (its bytes are {type}): save it as JPEG',
      damaged: '{file} is a damaged JPEG: {reason}',
      otherImage: '{file} is a {type} image, not JPEG: Art. 5 asks for JPG photos, so it is not counted',
    },
  },
  check({ submission, report }) {
    for (const photo of submission.photos) {
      const type = TYPE_NAMES[photo.detectedType] ?? 'not an image format cadcheck knows';
      const file = photo.file;
      if (!photo.namedJpeg) report({ messageId: 'otherImage', file, data: { file, type }, severity: 'warning' });
      else if (photo.detectedType !== 'jpeg') report({ messageId: 'notJpeg', file, data: { file, type } });
      else if (photo.damage) report({ messageId: 'damaged', file, data: { file, reason: photo.damage } });
    }
  },
});
