export default defineContentScript({
  matches: ['https://web.whatsapp.com/*'],
  main() {},
});
