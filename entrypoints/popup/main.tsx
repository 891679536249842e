import { render } from 'preact';
import { browserPopupServices } from '@/lib/browser/popup-services';
import { App } from './App';
import '@/components/publisher-says.css';
import '@/components/source-context.css';
import './style.css';

render(<App services={browserPopupServices} />, document.getElementById('app')!);
