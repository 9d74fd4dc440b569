define([], function () {
  return {
    Title: 'Attendance',
  };
});
