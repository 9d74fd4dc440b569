/** The workbench page. Colours meet WCAG 2.2 AA contrast; the skip link is the first focusable element. */
export const INDEX_HTML = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pathways Hub — local workbench</title>
<style>
  body { margin: 0; font-family: "Segoe UI", system-ui, -apple-system, sans-serif; color: #201f1e; background: #faf9f8; }
  .wb-header { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-end; justify-content: space-between;
    padding: 12px 24px; background: #0b5a6b; color: #ffffff; }
  .wb-header label, .wb-header h1 { color: #ffffff !important; }
  nav { padding: 0 24px; background: #ffffff; border-bottom: 1px solid #c8c6c4; }
  .wb-main { padding: 16px 24px 48px; }
  .wb-main:focus { outline: none; }
  .wb-webpart { background: #ffffff; padding: 16px; border: 1px solid #c8c6c4; border-radius: 4px; }
  .skip-link { position: absolute; left: -999px; top: 0; background: #ffffff; color: #0b5a6b; padding: 8px 12px; z-index: 10; }
  .skip-link:focus { left: 8px; top: 8px; }
  .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  a { color: #005a9e; }
</style>
</head>
<body>
<div id="root">Loading Pathways Hub…</div>
<script>
  // Fluent UI would fetch its web fonts from a CDN; local mode uses the system's fonts instead.
  window.FabricConfig = { fontBaseUrl: '' };
</script>
<script src="/workbench.js"></script>
</body>
</html>
`;
