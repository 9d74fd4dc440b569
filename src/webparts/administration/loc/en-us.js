define([], function () {
  return {
    Title: 'Administration',
  };
});
