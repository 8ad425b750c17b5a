import { render } from 'preact';
import '@/components/page.css';
import '@/components/options/options.css';
import '@/components/charter/print.css';
import { OptionsPage } from '@/components/options/OptionsPage';

render(<OptionsPage />, document.getElementById('app')!);
