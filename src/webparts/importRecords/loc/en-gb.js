define([], function () {
  return {
    Title: 'Import records',
  };
});
