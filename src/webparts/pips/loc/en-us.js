define([], function () {
  return {
    Title: 'Phased Integration Plans',
  };
});
