define([], function () {
  return {
    Title: 'Pupil register',
  };
});
