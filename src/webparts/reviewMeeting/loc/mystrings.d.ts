declare interface IReviewMeetingWebPartStrings {
  Title: string;
}

declare module 'ReviewMeetingWebPartStrings' {
  const strings: IReviewMeetingWebPartStrings;
  export = strings;
}
