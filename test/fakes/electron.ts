/**
 * A fake `electron` module for unit tests (the Electron binary is not needed):
 *   vi.mock("electron", () => import("../../fakes/electron"));
 * Source code keeps importing the real types from "electron"; at run time it gets these objects, which
 * record what the shell did (handlers, options, events, opened URLs). Tests import `fake` from here to
 * inspect and drive them, and call `resetFake()` between tests.
 *
 * IPC is wired end to end: `ipcRenderer.invoke` calls the handler registered with `ipcMain.handle`,
 * structured-cloning the argument and the result as Electron does, and `webContents.send` reaches
 * `ipcRenderer` listeners, so a preload loaded here talks to the real main-side code.
 */
import { EventEmitter } from "node:events";

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

/** What an Electron event handler receives: details plus preventDefault. */
export interface FakeEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
  [detail: string]: unknown;
}

function makeEvent(details: Record<string, unknown> = {}): FakeEvent {
  let prevented = false;
  return {
    ...details,
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

type WindowOpenHandler = (details: { url: string }) => { action: "allow" | "deny" };
type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly mainFrame: FakeFrame = { url: "about:blank", parent: null };
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: WindowOpenHandler | undefined;

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
    ipcRenderer.emit(channel, { sender: ipcRenderer }, ...structuredClone(args));
  }

  /** Emit a cancellable event the way Electron does; returns true if a listener prevented it. */
  emitCancellable(name: string, details: Record<string, unknown> = {}, ...args: unknown[]): boolean {
    const event = makeEvent(details);
    this.emit(name, event, ...args);
    return event.defaultPrevented;
  }
}

export class BrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  shown = false;
  focused = false;
  minimized = false;
  private destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    fake.windows.push(this);
    // Electron announces every new webContents before anything loads in it.
    app.emit("web-contents-created", makeEvent(), this.webContents);
  }

  /** The last loadURL() in flight; await it to know did-finish-load has fired. */
  loading: Promise<void> = Promise.resolve();

  /** Resolves after did-finish-load (emitted asynchronously, like Electron); ready-to-show follows. */
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    this.loading = Promise.resolve().then(() => {
      this.webContents.emit("did-finish-load");
      this.emit("ready-to-show");
    });
    return this.loading;
  }

  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused = true;
  }
  minimize(): void {
    this.minimized = true;
  }
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.destroyed = true;
    this.emit("closed");
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  /** Set by whenReady(); some calls are refused before it (protocol.handle) or after it. */
  ready = false;
  appPath = "/nonexistent/app";
  userData = "/nonexistent/userData";
  gotSingleInstanceLock = true;
  /** Ordered log of lifecycle calls: "enableSandbox", "whenReady", "quit", "exit:<code>". */
  readonly calls: string[] = [];

  enableSandbox(): void {
    this.calls.push("enableSandbox");
  }
  requestSingleInstanceLock(): boolean {
    this.calls.push("requestSingleInstanceLock");
    return this.gotSingleInstanceLock;
  }
  whenReady(): Promise<void> {
    this.calls.push("whenReady");
    this.ready = true;
    return Promise.resolve();
  }
  getAppPath(): string {
    return this.appPath;
  }
  getPath(name: string): string {
    if (name !== "userData") throw new Error(`fake app.getPath: ${name} is not faked`);
    return this.userData;
  }
  /** Like Electron: before-quit may be prevented; otherwise will-quit and quit follow. */
  quit(): void {
    this.calls.push("quit");
    const event = makeEvent();
    this.emit("before-quit", event);
    if (event.defaultPrevented) return;
    this.emit("will-quit", makeEvent());
    this.emit("quit", makeEvent(), 0);
  }
  exit(code = 0): void {
    this.calls.push(`exit:${code}`);
  }
}

class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  /** Every handle() call in order, to check nothing is registered twice. */
  readonly registrations: string[] = [];

  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
    this.registrations.push(channel);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

export interface FakeSender {
  contents: FakeWebContents;
  frame: FakeFrame | null;
}

class FakeIpcRenderer extends EventEmitter {
  /** Who invoke() claims to be; defaults to the main frame of the newest window. */
  from: FakeSender | undefined;
  readonly invocations: { channel: string; args: unknown[] }[] = [];

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const sender = this.from ?? defaultSender();
    const event = { sender: sender.contents, senderFrame: sender.frame, frameId: 1, processId: 1, type: "frame" };
    return structuredClone(await handler(event, ...structuredClone(args)));
  }
}

function defaultSender(): FakeSender {
  const win = fake.windows.at(-1);
  if (!win) throw new Error("fake ipcRenderer.invoke: no window to send from; set ipcRenderer.from");
  return { contents: win.webContents, frame: win.webContents.mainFrame };
}

class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | undefined;
  permissionCheckHandler: PermissionCheckHandler | undefined;
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

interface FakeCustomScheme {
  scheme: string;
  privileges?: Record<string, boolean>;
}

/** Like Electron: schemes are made privileged before ready, and handled after it. */
class FakeProtocol {
  readonly privileged: FakeCustomScheme[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();

  registerSchemesAsPrivileged(schemes: FakeCustomScheme[]): void {
    if (app.ready) throw new Error("protocol.registerSchemesAsPrivileged should be called before app is ready");
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!app.ready) throw new Error("protocol.handle should be called after app is ready");
    if (this.handlers.has(scheme)) throw new Error(`The scheme has been handled: ${scheme}`);
    this.handlers.set(scheme, handler);
  }
  /** What the page would get for `url` (a GET unless `init` says otherwise). */
  async fetch(url: string, init?: RequestInit): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`fake protocol: nothing handles ${scheme}:`);
    return handler(new Request(url, init));
  }
}

export const app = new FakeApp();
export const ipcMain = new FakeIpcMain();
export const ipcRenderer = new FakeIpcRenderer();
export const session = { defaultSession: new FakeSession() };
export const protocol = new FakeProtocol();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
    this.exposed.set(key, api);
  },
};

export const shell = {
  opened: [] as string[],
  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  },
};

export const Menu = {
  current: undefined as { template: unknown[] } | undefined,
  buildFromTemplate(template: unknown[]): { template: unknown[] } {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown[] } | null): void {
    Menu.current = menu ?? undefined;
  },
};

export interface FakeOpenAnswer {
  canceled: boolean;
  filePaths: string[];
}
export interface FakeSaveAnswer {
  canceled: boolean;
  filePath?: string;
}
export interface FakeDialogShown {
  kind: "open" | "save";
  options: Record<string, unknown>;
  /** Whether the dialog was given a parent window (modal to it). */
  parent: boolean;
}

/** Open and save dialogs answer from queues (what the user would pick); empty queue = cancelled. */
export const dialog = {
  errors: [] as { title: string; content: string }[],
  openAnswers: [] as FakeOpenAnswer[],
  saveAnswers: [] as FakeSaveAnswer[],
  shown: [] as FakeDialogShown[],
  showErrorBox(title: string, content: string): void {
    dialog.errors.push({ title, content });
  },
  showOpenDialog(first: unknown, second?: Record<string, unknown>): Promise<FakeOpenAnswer> {
    const options = second ?? (first as Record<string, unknown>);
    dialog.shown.push({ kind: "open", options, parent: second !== undefined });
    return Promise.resolve(dialog.openAnswers.shift() ?? { canceled: true, filePaths: [] });
  },
  showSaveDialog(first: unknown, second?: Record<string, unknown>): Promise<FakeSaveAnswer> {
    const options = second ?? (first as Record<string, unknown>);
    dialog.shown.push({ kind: "save", options, parent: second !== undefined });
    return Promise.resolve(dialog.saveAnswers.shift() ?? { canceled: true });
  },
};

export const fake = {
  app,
  ipcMain,
  ipcRenderer,
  contextBridge,
  shell,
  session: session.defaultSession,
  protocol,
  Menu,
  dialog,
  windows: [] as BrowserWindow[],
  /** The index-th window created since the last reset; throws if there is none. */
  windowAt(index: number): BrowserWindow {
    const win = fake.windows[index];
    if (!win) throw new Error(`fake: no window #${index}`);
    return win;
  },
  makeEvent,
};

/** Forget everything recorded and every listener, so each test starts from a fresh "process". */
export function resetFake(): void {
  app.removeAllListeners();
  app.isPackaged = false;
  app.ready = false;
  app.appPath = "/nonexistent/app";
  app.userData = "/nonexistent/userData";
  app.gotSingleInstanceLock = true;
  app.calls.length = 0;
  ipcMain.handlers.clear();
  ipcMain.registrations.length = 0;
  ipcRenderer.removeAllListeners();
  ipcRenderer.from = undefined;
  ipcRenderer.invocations.length = 0;
  contextBridge.exposed.clear();
  shell.opened.length = 0;
  session.defaultSession = new FakeSession();
  fake.session = session.defaultSession;
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  Menu.current = undefined;
  dialog.errors.length = 0;
  dialog.openAnswers.length = 0;
  dialog.saveAnswers.length = 0;
  dialog.shown.length = 0;
  fake.windows.length = 0;
}

export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  protocol,
  session,
  shell,
};
