/**
 * gulpfile.js keeps every web part's first screen (its `view-…` chunk) in one file (tools/bundle/firstScreens.js
 * `viewChunks`). A module in a view chunk that another chunk also loads is copied into that chunk, so a place that
 * opens another web part's screen (Today opening the register, PIPs' LA return or Review meetings' Due view) loads
 * that web part's view chunk, by its name: a page with both then downloads the code once.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { firstScreens, viewChunks } = require('../../tools/bundle/firstScreens') as {
  firstScreens: (root: string) => { alias: string; firstChunkGroups: string[] }[];
  viewChunks: (screens: readonly { firstChunkGroups: string[] }[]) => Set<string>;
};

const root = join(__dirname, '..', '..');
const screens = firstScreens(root);

describe('one file per first screen', () => {
  it('names one view chunk for each web part, and keeps each of them whole', () => {
    const views = viewChunks(screens);
    for (const s of screens) expect(s.firstChunkGroups.filter((g) => views.has(g))).toHaveLength(1);
    expect(views).toEqual(new Set(['view-today', 'view-pupil-register', 'view-attendance', 'view-learning-logs', 'view-send-support', 'view-review-due', 'view-review-meeting', 'view-pips', 'view-import-records', 'view-administration', 'view-site-setup', 'view-reports']));
  });

  it('is the set gulpfile.js keeps whole', () => {
    const gulpfile = readFileSync(join(root, 'gulpfile.js'), 'utf8');
    expect(gulpfile).toMatch(/const screens = firstScreens\(__dirname\);/);
    expect(gulpfile).toMatch(/const WHOLE_FIRST_SCREENS = viewChunks\(screens\);/);
    expect(gulpfile).toMatch(/const shareable = \(chunk\) => !WHOLE_FIRST_SCREENS\.has\(chunk\.name\)/);
  });

  it("opens the register, PIPs and Review meetings from Today with those web parts' own view chunks", () => {
    const place = readFileSync(join(root, 'src', 'webparts', 'today', 'components', 'TodayPlace.tsx'), 'utf8');
    const chunkOf = (module: string): string | undefined => new RegExp(`webpackChunkName: '([\\w-]+)' \\*/ '[./]+/${module}'`).exec(place)?.[1];
    expect(chunkOf('attendance/components/register/TakeRegister')).toBe('view-attendance');
    expect(chunkOf('pips/components/Pips')).toBe('view-pips');
    expect(chunkOf('reviewMeeting/components/dueFirstScreen')).toBe('view-review-due');
    const views = viewChunks(screens);
    for (const name of ['view-attendance', 'view-pips', 'view-review-due']) expect(views.has(name)).toBe(true);
  });
});
