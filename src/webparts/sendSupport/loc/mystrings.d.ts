declare interface ISendSupportWebPartStrings {
  Title: string;
}

declare module 'SendSupportWebPartStrings' {
  const strings: ISendSupportWebPartStrings;
  export = strings;
}
