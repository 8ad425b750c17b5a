import { render } from 'preact';
import '@/components/page.css';
import { Popup } from './Popup';

render(<Popup />, document.getElementById('app')!);
