declare interface ILearningLogsWebPartStrings {
  Title: string;
}

declare module 'LearningLogsWebPartStrings' {
  const strings: ILearningLogsWebPartStrings;
  export = strings;
}
