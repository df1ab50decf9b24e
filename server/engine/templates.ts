/** Clause templates: the team's (from config) first, then the built-in ones. */
import type { ClauseTemplate, TemplateStore } from "./rule";
import type { Lang } from "./model";
import { BUILT_IN_TEMPLATES } from "../../rules/templates";

const stores = new WeakMap<ClauseTemplate[], TemplateStore>();

export function templateStore(team: ClauseTemplate[]): TemplateStore {
  let store = stores.get(team);
  if (!store) {
    // A team template that replaces a built-in writes the same element.
    const element = (t: ClauseTemplate) => BUILT_IN_TEMPLATES.find((b) => b.name === t.name)?.element;
    const all = [...team.map((t) => ({ ...t, element: t.element ?? element(t) })), ...BUILT_IN_TEMPLATES];
    store = {
      get: (name: string, lang: Lang) => all.find((t) => t.name === name && t.lang === lang),
      list: () => all.filter((t, i) => all.findIndex((u) => u.name === t.name && u.lang === t.lang) === i),
    };
    stores.set(team, store);
  }
  return store;
}
