/** After a panel closes under the focus: continue from the main content, not the page's top. */
export function focusMain(): void {
  document.getElementById('main-content')?.focus();
}
