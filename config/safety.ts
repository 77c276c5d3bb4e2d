/**
 * Safety settings, read at build time.
 *
 * `exitUrl`: where "Quick exit" (the button, or Shift pressed three times) takes the person. It
 * replaces the current page in the browser's history. Choose an everyday site that looks
 * unremarkable on a shared screen; it is the one deliberate navigation away from the app's origin.
 */
export const safety = {
  exitUrl: 'https://www.google.ca/',
} as const;
