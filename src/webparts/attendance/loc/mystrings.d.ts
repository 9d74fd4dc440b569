declare interface IAttendanceWebPartStrings {
  Title: string;
}

declare module 'AttendanceWebPartStrings' {
  const strings: IAttendanceWebPartStrings;
  export = strings;
}
