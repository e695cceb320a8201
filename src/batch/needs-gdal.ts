// Whether a submission holds a layer only GDAL reads (GeoPackage, DXF, KML, GML, FlatGeobuf): gdal-async is a native
// addon that one thread of a process may load, not each check thread (it is not context-aware), so a batch sends these
// submissions to one thread of its own. A listing only: nothing is read or inflated.
import { statSync } from 'node:fs';
import yauzl from 'yauzl';
import { GDAL_LAYER_EXTENSION } from '../io/gdal.js';

export { gdalInstalled } from '../io/gdal.js';
import { FolderSource } from '../io/source.js';

function zipHasGdalLayer(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error) return resolve(false); // the check itself reports an unreadable archive
      let found = false;
      zip.on('entry', (entry: yauzl.Entry) => {
        if (GDAL_LAYER_EXTENSION.test(entry.fileName)) {
          found = true;
          zip.close();
          resolve(true);
        } else zip.readEntry();
      });
      zip.on('end', () => resolve(found));
      zip.on('error', () => resolve(found));
      zip.readEntry();
    });
  });
}

export async function needsGdal(path: string): Promise<boolean> {
  try {
    if (statSync(path).isDirectory()) return new FolderSource(path).entries().some((entry) => GDAL_LAYER_EXTENSION.test(entry.path));
    return /\.zip$/i.test(path) ? await zipHasGdalLayer(path) : GDAL_LAYER_EXTENSION.test(path);
  } catch {
    return false; // a path that cannot be listed: the check reports it
  }
}
