import { cssOf, sheet } from '../../../src/ui/plain/sheet';
import { applySiteTheme, palette } from '../../../src/ui/plain/theme';

describe('sheet: the plain controls’ styles without Fluent’s styling engine', () => {
  test('camelCase properties, px for numbers except unitless ones, zero bare', () => {
    expect(cssOf('.a', { fontSize: 14, fontWeight: 600, lineHeight: 1.5, margin: 0, flexGrow: 1, padding: '0 8px' })).toBe(
      '.a{font-size:14px;font-weight:600;line-height:1.5;margin:0;flex-grow:1;padding:0 8px;}',
    );
  });

  test('selectors as Fluent writes them: pseudo-classes, pseudo-elements, & and descendants, media queries nesting selectors', () => {
    const css = cssOf('.t', {
      color: 'red',
      selectors: {
        ':hover': { color: 'blue' },
        '::before': { content: '""' },
        '& svg': { fill: 'green' },
        '.parent &': { display: 'none' },
        '@media (max-width: 480px)': { padding: 4, selectors: { ':focus-visible': { outline: '1px solid' } } },
      },
    });
    expect(css).toBe(
      '.t{color:red;}.t:hover{color:blue;}.t::before{content:"";}.t svg{fill:green;}.parent .t{display:none;}' +
        '@media (max-width: 480px){.t{padding:4px;}.t:focus-visible{outline:1px solid;}}',
    );
  });

  test('class names are readable and the CSS is added to the page once per sheet', () => {
    const first = sheet('test-once', { box: { width: 10 } });
    const again = sheet('test-once', { box: { width: 10 } });
    expect(first.box).toBe('pw-test-once-box');
    expect(again.box).toBe('pw-test-once-box');
    const styles = document.head.querySelectorAll('style[data-pw-sheet="test-once"]');
    expect(styles).toHaveLength(1);
    expect(styles[0].textContent).toBe('.pw-test-once-box{width:10px;}');
  });

  test('two different sheets under one name are refused (the second would silently lose its styles)', () => {
    sheet('test-clash', { box: { width: 10 } });
    expect(() => sheet('test-clash', { box: { width: 12 } })).toThrow("sheet('test-clash') is already defined with other rules");
  });

  test('theme tokens fall back to Fluent’s default palette; the site’s theme sets them on the web part’s root', () => {
    expect(palette.themePrimary).toBe('var(--pw-themePrimary, #0078d4)');
    const root = document.createElement('div');
    applySiteTheme(root, { themePrimary: '#8764b8', neutralPrimary: 'rgb(50, 49, 48)', white: 'url(javascript:alert(1))' });
    expect(root.style.getPropertyValue('--pw-themePrimary')).toBe('#8764b8');
    expect(root.style.getPropertyValue('--pw-neutralPrimary')).toBe('rgb(50, 49, 48)');
    expect(root.style.getPropertyValue('--pw-white')).toBe('');
    applySiteTheme(root, undefined);
    expect(root.style.getPropertyValue('--pw-themePrimary')).toBe('');
  });
});
