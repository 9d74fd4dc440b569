import * as React from 'react';
import type { IContextualMenuProps } from '@fluentui/react/lib/ContextualMenu';

const Menu = React.lazy(async () => ({
  default: (await import(/* webpackChunkName: 'ondemand-contextual-menu' */ '@fluentui/react/lib/ContextualMenu')).ContextualMenu,
}));

/**
 * Fluent UI's BaseButton imports ContextualMenu (with Callout, Layer and FocusZone) for buttons that open a menu,
 * which costs every web part about 25 KB gzip though no Pathways button has a menu. The production build
 * (gulpfile.js) gives BaseButton this component instead: the same ContextualMenu, loaded the first time a menu opens.
 */
export const ContextualMenu: React.FC<IContextualMenuProps> = (props) => (
  <React.Suspense fallback={null}>
    <Menu {...props} />
  </React.Suspense>
);
