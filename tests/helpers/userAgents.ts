// Who the tests say they are. Headless Chromium calls itself "HeadlessChrome", which the counters rightly
// take for a bot; readers' browsers don't. curl is not a reader: asking as curl counts nothing.
export const READER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36'
export const NOT_A_READER_UA = 'curl/8.0'
