import type * as React from 'react';

// Shared inline styles of the register (no SCSS module: the register is small and drawn with the plain controls).

/** What the plain Text's `styles` takes. */
type TextStyles = { readonly root: React.CSSProperties };

export const cellStyle: React.CSSProperties = { padding: '6px 8px', verticalAlign: 'top', borderBottom: '1px solid #c8c6c4' };

export const headerCellStyle: React.CSSProperties = { ...cellStyle, textAlign: 'left', fontWeight: 600 };

/** Dark red with text that says what is wrong (never colour alone); 4.5:1 on white. */
export const errorTextStyle: TextStyles = { root: { color: '#a4262c', fontSize: 12, marginTop: 4 } };

export const noteStyle: TextStyles = { root: { color: '#605e5c', fontSize: 12 } };

/** The flags beside a pupil's name (SEN provision, LAC, CP, Medical, PIP): words, not colours; 4.5:1 on white. */
export const flagStyle: TextStyles = { root: { color: '#323130', fontSize: 12, fontWeight: 400 } };

/** Read by screen readers, not shown. */
export const visuallyHidden: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };
