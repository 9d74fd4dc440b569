define([], function () {
  return {
    Title: 'Review meetings',
  };
});
