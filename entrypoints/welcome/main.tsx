import { render } from 'preact';
import { WelcomePage } from './WelcomePage';

render(<WelcomePage api={{ permissions: browser.permissions, openOptions: () => void browser.runtime.openOptionsPage() }} />, document.getElementById('app')!);
