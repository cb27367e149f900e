import { mount } from 'svelte';
import App from './App.svelte';
import { locale } from './lib/i18n/locale.svelte';
import { afterLoadIdle, beginStartup, firstViewRendered } from './lib/idle';
import './app.css';
import { stylesReady } from './lib/stylesReady';
import { Classroom } from './lib/state/classroom.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');
// From here until the first view paints, the first render is split into short tasks and
// non-essential work waits (./lib/idle.ts).
beginStartup();

// Only the initial language's core text is fetched (one small chunk); mounting after it
// arrives means the first paint never shows raw message keys.
await locale.ready.catch((e: unknown) => console.error(e)); // offline without cache: still mount
// The app's stylesheets load without blocking the shell's paint; the app needs them.
await stylesReady();

// The glossary gives the class names in summary tables their hover text; fetch it once the
// page is idle instead of on the first page's critical path.
afterLoadIdle(() => void locale.need(['glossary']).catch(() => {}));

// The one live classroom (App hands it to every component). Built here, before the first
// render's task, which is long enough already.
const classroom = new Classroom();

// index.html carries a static shell; let it reach the screen (an early first paint) before the
// app's first render, which takes the main thread for a while, replaces it.
await new Promise<void>((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
target.replaceChildren();
// Start-up normally ends when the first view paints (App.svelte); a view that never renders
// (an error shown instead, storage that never answers) must not hold back the deferred work.
setTimeout(firstViewRendered, 10_000);
export default mount(App, { target, props: { classroom } });
