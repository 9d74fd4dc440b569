declare interface ITodayWebPartStrings {
  Title: string;
}

declare module 'TodayWebPartStrings' {
  const strings: ITodayWebPartStrings;
  export = strings;
}
