define([], function () {
  return {
    Title: 'Learning logs',
  };
});
