import { builtFiles, expectedFirstFiles, fileDifference, loaderKey, loaderPaths, parseLoaders, webPartExports, type Loader, type ShippedManifest } from '../../tools/bundle/shippedLoadPlan';

describe('parseLoaders (the import() loaders in minified webpack output)', () => {
  it('reads a one-chunk loader, a Promise.all loader, exponent ids and a non-ES module loader', () => {
    const text =
      'a:()=>n.e(2911).then(n.bind(n,14861)),b:()=>Promise.all([n.e(2911),n.e(7444),n.e(1e3)]).then(n.bind(n,5760)),' +
      'c:()=>_.e(4319).then(_.t.bind(_,4319,23))';
    const { loaders, unread } = parseLoaders('entry.js', text);
    expect(loaders).toEqual([
      { file: 'entry.js', chunkIds: [2911], moduleId: 14861 },
      { file: 'entry.js', chunkIds: [2911, 7444, 1000], moduleId: 5760 },
      { file: 'entry.js', chunkIds: [4319], moduleId: 4319 },
    ]);
    expect(unread).toEqual([]);
  });

  it('lists the same loader once, and says where a chunk is loaded outside a loader it can read', () => {
    const text = 'x=()=>r.e(5).then(r.bind(r,9)),y=()=>r.e(5).then(r.bind(r,9)),z=r.e(77).then(function(){return r(8)})';
    const { loaders, unread } = parseLoaders('chunk.a.js', text);
    expect(loaders).toHaveLength(1);
    expect(unread).toHaveLength(1);
    expect(unread[0]).toContain('chunk.a.js');
    expect(unread[0]).toContain('r.e(77)');
  });

  it('does not take one module binding another module for a loader', () => {
    expect(parseLoaders('f.js', 'Promise.all([r.e(1),r.e(2)]).then(q.bind(r,3))').loaders).toEqual([]);
  });
});

describe('loaderPaths (what to load first so a loader in a chunk finds its chunk there)', () => {
  const files: Record<number, string> = { 1: 'chunk.view.js', 2: 'chunk.common.js', 3: 'chunk.form.js', 4: 'chunk.letter.js', 9: 'chunk.dead.js' };
  const fileOf = (id: number): string => files[id];
  const view: Loader = { file: 'entry.js', chunkIds: [2, 1], moduleId: 10 };
  const form: Loader = { file: 'chunk.view.js', chunkIds: [3], moduleId: 30 };
  const letter: Loader = { file: 'chunk.form.js', chunkIds: [4], moduleId: 40 };
  const fromCommon: Loader = { file: 'chunk.common.js', chunkIds: [3], moduleId: 31 };
  const dead: Loader = { file: 'chunk.dead.js', chunkIds: [4], moduleId: 41 };

  it('runs an entry loader alone, and a chunk’s loader after the shortest chain of loaders that brings its file', () => {
    const paths = loaderPaths('entry.js', [letter, form, view, fromCommon, dead], fileOf);
    expect(paths.get(view)).toEqual([]);
    expect(paths.get(form)).toEqual([view]);
    expect(paths.get(fromCommon)).toEqual([view]);
    // Two chains of two bring chunk.form.js (view then form, view then fromCommon): the first found, in the order of
    // the chunk ids of the loader before.
    expect(paths.get(letter)).toEqual([view, fromCommon]);
    expect(loaderPaths('entry.js', [letter, form, view], fileOf).get(letter)).toEqual([view, form]);
  });

  it('leaves undefined a loader in a file no loader from the entry loads', () => {
    expect(loaderPaths('entry.js', [view, dead], fileOf).get(dead)).toBeUndefined();
  });

  it('names a loader by its chunks, module and file', () => {
    expect(loaderKey(view)).toBe('2+1 → 10 (in entry.js)');
  });
});

describe('builtFiles, expectedFirstFiles and fileDifference (first screen files against bundle-graph.json)', () => {
  const graph = {
    entries: { 'pathways-hub': { files: ['pathways-hub_1.js'] } },
    chunkGroups: {
      'view-pips': { files: ['chunk.first-common_2.js', 'chunk.view-pips_3.js'] },
      'data-pips': { files: ['chunk.first-common_2.js'] },
    },
    chunks: [{ files: ['pathways-hub_1.js'] }, { files: ['chunk.first-common_2.js'] }, { files: ['chunk.view-pips_3.js', 'chunk.view-pips_3.css'] }],
  };

  it('takes the files of this build from its chunks (JavaScript only), not what release/assets kept from earlier ones', () => {
    expect(builtFiles(graph)).toEqual(['chunk.first-common_2.js', 'chunk.view-pips_3.js', 'pathways-hub_1.js']);
  });

  it('is the union of the groups’ files bar the entry, and names a group the graph lacks', () => {
    expect(expectedFirstFiles(graph, ['view-pips', 'data-pips', 'data-nothing'])).toEqual({
      files: ['chunk.first-common_2.js', 'chunk.view-pips_3.js'],
      unknown: ['data-nothing'],
    });
  });

  it('says which files were missing and which were extra, and nothing when they match', () => {
    expect(fileDifference(['a.js', 'b.js'], ['b.js', 'a.js'])).toBe('');
    expect(fileDifference(['a.js', 'b.js'], ['b.js', 'c.js'])).toBe(
      'not loaded though bundle-graph.json counts them: a.js; loaded though bundle-graph.json does not count them: c.js',
    );
  });
});

describe('webPartExports (each class as the SPFx loader finds it)', () => {
  const manifest = (alias: string, exportName?: string): ShippedManifest => ({
    id: `${alias}-id`,
    alias,
    loaderConfig: {
      entryModuleId: 'pathways-hub',
      ...(exportName ? { exportName } : {}),
      scriptResources: { 'pathways-hub': { type: 'path', path: 'pathways-hub_abc.js' }, react: { type: 'component' } },
    },
  });

  it('gives the entry script and export name of each, by alias', () => {
    expect(webPartExports([manifest('TodayWebPart', 'a'), manifest('PipsWebPart', 'h')])).toEqual([
      { alias: 'PipsWebPart', id: 'PipsWebPart-id', entryFile: 'pathways-hub_abc.js', exportName: 'h' },
      { alias: 'TodayWebPart', id: 'TodayWebPart-id', entryFile: 'pathways-hub_abc.js', exportName: 'a' },
    ]);
  });

  it('refuses a manifest without an export name', () => {
    expect(() => webPartExports([manifest('TodayWebPart')])).toThrow('TodayWebPart (TodayWebPart-id): its manifest has no exportName.');
  });
});
