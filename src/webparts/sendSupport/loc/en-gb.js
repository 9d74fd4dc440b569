define([], function () {
  return {
    Title: 'SEND support',
  };
});
