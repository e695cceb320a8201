// The progress line of a long `cadcheck check` on a terminal: one line on stderr, rewritten in place, cleared before
// the report. The CLI decides whether there is one (stderr a TTY, no --quiet) and gives it the stream's write.
import type { Labels } from '../i18n/types.js';
import type { Stage } from '../worker/protocol.js';

/** The line for a stage: "reading parcel.shp", "read parcel.shp: 40,000 features", "topology/parcel-gap 12/38 rules". */
export function formatStage(stage: Stage, labels: Labels, locale: string): string {
  switch (stage.stage) {
    case 'reading':
      return labels.progress.reading(stage.file);
    case 'read':
      return labels.progress.read(stage.file, stage.features.toLocaleString(locale));
    case 'registered':
      return labels.progress.registered;
    case 'rule':
      return labels.progress.rule(stage.ruleId, stage.index + 1, stage.total);
  }
}

export class ProgressLine {
  private shown = false;
  private last = 0;

  /** `interval`: the fewest milliseconds between two redraws (the first is drawn at once). */
  constructor(
    private readonly write: (text: string) => void,
    private readonly labels: Labels,
    private readonly locale: string,
    private readonly interval = 100,
    private readonly clock: () => number = Date.now,
  ) {}

  show(prefix: string, stage: Stage): void {
    const now = this.clock();
    // A stage that ends a step (a layer read) is always drawn: it is the figure a user waits for.
    if (this.shown && now - this.last < this.interval && stage.stage !== 'read') return;
    this.last = now;
    this.shown = true;
    // \r and "erase to end of line": the line is rewritten in place, whatever its length was.
    // A file name from a submission could hold control characters (ESC…): shown as "?", never sent to the terminal.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    this.write(`\r\x1b[2K${`${prefix}${formatStage(stage, this.labels, this.locale)}`.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')}`);
  }

  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    this.write('\r\x1b[2K');
  }
}
