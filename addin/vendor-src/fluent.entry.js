// The Fluent UI web components the panes use, and the theme tokens Office's themes map to.
import { setTheme } from "@fluentui/web-components";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/tokens";
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/text-input.js";
import "@fluentui/web-components/dropdown.js";
import "@fluentui/web-components/listbox.js";
import "@fluentui/web-components/option.js";
import "@fluentui/web-components/progress-bar.js";
import "@fluentui/web-components/message-bar.js";
import "@fluentui/web-components/dialog.js";
import "@fluentui/web-components/dialog-body.js";
import "@fluentui/web-components/field.js";
import "@fluentui/web-components/spinner.js";

export { setTheme, teamsHighContrastTheme, webDarkTheme, webLightTheme };
