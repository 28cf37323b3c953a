// @ts-check
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

/**
 * Ignores the `default:` branch of an exhaustive switch, the house style's
 * `default: { const unreachable: never = value; return unreachable; }`. TypeScript proves that branch unreachable,
 * so every mutant in it survives without saying anything about the tests.
 */
const exhaustiveSwitchIgnorer = {
  /** @param {import('@babel/core').NodePath} path */
  shouldIgnore(path) {
    if (!path.isSwitchCase() || path.node.test !== null) return undefined;
    const declaresNever = path.node.consequent.some(
      (statement) =>
        statement.type === 'BlockStatement' &&
        statement.body.some(
          (inner) =>
            inner.type === 'VariableDeclaration' &&
            inner.declarations.some(
              (declaration) =>
                declaration.id.type === 'Identifier' &&
                declaration.id.typeAnnotation?.type === 'TSTypeAnnotation' &&
                declaration.id.typeAnnotation.typeAnnotation.type === 'TSNeverKeyword',
            ),
        ),
    );
    return declaresNever ? 'Exhaustiveness check: TypeScript proves this default branch unreachable.' : undefined;
  },
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'exhaustive-switch', exhaustiveSwitchIgnorer)];
