define([], function () {
  return {
    Title: 'Site setup',
  };
});
