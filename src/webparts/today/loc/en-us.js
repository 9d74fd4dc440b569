define([], function () {
  return {
    Title: 'Today',
  };
});
