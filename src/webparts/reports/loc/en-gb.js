define([], function () {
  return {
    Title: 'Reports to leaders and governors',
  };
});
