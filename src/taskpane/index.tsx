import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { prefersDark, whenOfficeReady } from './boot/whenOfficeReady';

const root = createRoot(document.getElementById('root')!);
void whenOfficeReady().then((mode) => root.render(<App mode={mode} dark={prefersDark()} />));
