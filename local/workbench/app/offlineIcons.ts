/**
 * Fluent UI loads its icon font from a CDN, which local mode cannot reach. Register the icons the components use
 * as inline glyphs so nothing is missing and no request leaves the machine.
 */
import * as React from 'react';
import { registerIcons, setIconOptions } from '@fluentui/react/lib/Styling';

const glyph = (text: string): React.ReactElement => React.createElement('span', { 'aria-hidden': true, style: { fontFamily: 'inherit' } }, text);

export function registerOfflineIcons(): void {
  setIconOptions({ disableWarnings: true });
  registerIcons({
    icons: {
      Search: glyph('⌕'),
      Clear: glyph('×'),
      Cancel: glyph('×'),
      ChevronDown: glyph('▾'),
      ChevronUp: glyph('▴'),
      ChevronRight: glyph('▸'),
      ChevronLeft: glyph('◂'),
      SortUp: glyph('↑'),
      SortDown: glyph('↓'),
      CheckMark: glyph('✓'),
      Info: glyph('ℹ'),
      Error: glyph('!'),
      ErrorBadge: glyph('!'),
      Warning: glyph('⚠'),
      Completed: glyph('✓'),
      Blocked2: glyph('⊘'),
      Calendar: glyph('▦'),
      Up: glyph('↑'),
      Down: glyph('↓'),
      Download: glyph('⤓'),
      Mail: glyph('✉'),
      Add: glyph('+'),
      Delete: glyph('🗑'),
      Edit: glyph('✎'),
      Save: glyph('💾'),
      GroupedDescending: glyph('▾'),
      GroupedAscending: glyph('▴'),
      More: glyph('…'),
    },
  });
}
