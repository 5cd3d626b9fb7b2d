/**
 * Which web permissions the window's page may have: none. The planner needs no camera, microphone, notifications,
 * geolocation, MIDI, HID, serial, fullscreen or system clipboard: its Copy and Paste of servers use an in-memory
 * clipboard (renderer/src/editing/editActions.ts), and Cut/Copy/Paste in text fields go through the Edit menu's
 * roles (webContents.copy() and friends), which no permission gates. Electron grants every permission unless told
 * otherwise (security checklist, item 5), so both the request handler (asynchronous prompts) and the check handler
 * (synchronous queries such as `navigator.permissions.query`) answer with this function.
 *
 * `origin` is taken so that a future need (say, clipboard-sanitized-write for app://lyncplan) is added here, for
 * the app's own origin only, with its test.
 */
export function permissionAllowed(_permission: string, _origin: string | undefined): boolean {
  return false;
}
