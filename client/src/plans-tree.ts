/**
 * The "Alliance plans" view in the Explorer: every plan of the workspace with its readiness,
 * and under each its headline elements, then its checklist (the other elements checked) as one
 * node; a click opens the plan at the element.
 */
import * as vscode from "vscode";
import type { ElementReadiness, PlanReadiness } from "../../server/lsp/protocol";
import type { ReadinessStore } from "./readiness-store";
import {
  checklistDescription,
  elementDescription,
  elementTooltip,
  planDescription,
  planIcon,
  sortPlans,
  stateIcon,
  tooltipMarkdown,
  type IconSpec,
} from "./readiness-text";
import { uiTexts } from "./ui-lang";

export const PLANS_VIEW = "allianceLint.plans";

type Node =
  | { kind: "plan"; plan: PlanReadiness }
  | { kind: "checklist"; plan: PlanReadiness }
  | { kind: "element"; plan: PlanReadiness; element: ElementReadiness; inChecklist: boolean };

export class PlansTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: ReadinessStore) {
    this.view = vscode.window.createTreeView(PLANS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables = [this.changed, this.view, store.onDidChange(() => this.changed.fire())];
  }

  getChildren(node?: Node): Node[] {
    if (!node) return sortPlans(this.store.all()).map((plan) => ({ kind: "plan", plan }));
    const { plan } = node;
    if (node.kind === "checklist") return plan.checklist.map((element) => ({ kind: "element", plan, element, inChecklist: true }));
    if (node.kind === "element") return [];
    const elements: Node[] = plan.elements.map((element) => ({ kind: "element", plan, element, inChecklist: false }));
    return plan.checklist.length ? [...elements, { kind: "checklist", plan }] : elements;
  }

  getParent(node: Node): Node | undefined {
    if (node.kind === "plan") return undefined;
    return node.kind === "element" && node.inChecklist ? { kind: "checklist", plan: node.plan } : { kind: "plan", plan: node.plan };
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === "plan") return planItem(node.plan);
    return node.kind === "checklist" ? checklistItem(node.plan) : elementItem(node.plan, node.element);
  }

  /** Show the view, with the plan of `uri` selected and expanded when it is one. */
  async reveal(uri: vscode.Uri | undefined): Promise<void> {
    const plan = uri && this.store.get(uri);
    if (plan) await this.view.reveal({ kind: "plan", plan }, { select: true, focus: true, expand: true });
    else await vscode.commands.executeCommand(`${PLANS_VIEW}.focus`);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function planItem(plan: PlanReadiness): vscode.TreeItem {
  const uri = vscode.Uri.parse(plan.uri);
  const item = new vscode.TreeItem(plan.title, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = plan.uri;
  item.description = planDescription(plan);
  item.tooltip = new vscode.MarkdownString(`${tooltipMarkdown(plan, uiTexts())}\n\n\`${vscode.workspace.asRelativePath(uri)}\``);
  item.iconPath = themeIcon(planIcon(plan));
  item.contextValue = plan.ready ? "plan.ready" : "plan";
  item.command = { title: "", command: "vscode.open", arguments: [uri] };
  return item;
}

function checklistItem(plan: PlanReadiness): vscode.TreeItem {
  const item = new vscode.TreeItem(uiTexts().checklist, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `${plan.uri}#checklist`;
  item.description = checklistDescription(plan);
  item.iconPath = new vscode.ThemeIcon("checklist");
  item.contextValue = "checklist";
  return item;
}

function elementItem(plan: PlanReadiness, element: ElementReadiness): vscode.TreeItem {
  const texts = uiTexts();
  const item = new vscode.TreeItem(element.label, vscode.TreeItemCollapsibleState.None);
  item.id = `${plan.uri}#${element.element}`;
  item.description = elementDescription(element, texts);
  item.tooltip = elementTooltip(element, texts);
  item.iconPath = themeIcon(stateIcon(element.state));
  item.contextValue = `element.${element.state}`;
  const line = element.line ?? 0;
  const selection = new vscode.Range(line, 0, line, 0);
  item.command = { title: "", command: "vscode.open", arguments: [vscode.Uri.parse(plan.uri), { selection }] };
  return item;
}

function themeIcon({ id, color }: IconSpec): vscode.ThemeIcon {
  return new vscode.ThemeIcon(id, new vscode.ThemeColor(color));
}
