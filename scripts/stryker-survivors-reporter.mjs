// A Stryker reporter that writes each surviving (or uncovered) mutant as soon as it is known, one line each, to
// reports/mutation/survivors.txt: on a loaded machine a run takes long, and the clear-text report comes at the end.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

const FILE = 'reports/mutation/survivors.txt';

class SurvivorsReporter {
  onMutationTestingPlanReady() {
    mkdirSync('reports/mutation', { recursive: true });
    writeFileSync(FILE, '');
  }

  onMutantTested(result) {
    if (result.status !== 'Survived' && result.status !== 'NoCoverage') return;
    const { line, column } = result.location.start;
    const replacement = (result.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100);
    appendFileSync(
      FILE,
      `${result.status} ${result.fileName}:${line}:${column + 1} ${result.mutatorName}: ${replacement}\n`,
    );
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'survivors', SurvivorsReporter)];
