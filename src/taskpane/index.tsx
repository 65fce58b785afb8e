import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { StartScreen } from './components/StartScreen';
import { prefersDark, watchOffice } from './boot/whenOfficeReady';

const root = createRoot(document.getElementById('root')!);
watchOffice((start) => root.render(start.mode === 'excel' || start.mode === 'browser'
  ? <App mode={start.mode} dark={prefersDark()} />
  : <StartScreen start={start} dark={prefersDark()} />));
