import {
  fundingCallSchema,
  type DevelopmentInitiative,
  type FundingCall,
  type FundingCallInput,
} from '../../../../src/domain/funding';
import type { FundingAccess } from '../../../../src/tab/data/funding-access';
import { memoryRepository } from '../support';

/** A schema-valid funding call with overrides. */
export const aCall = (id: string, over: Partial<FundingCallInput> = {}): FundingCall =>
  fundingCallSchema.parse({
    id,
    title: `Utlysning ${id}`,
    programme: 'interreg',
    closes: '2026-06-30',
    ...over,
  });

/**
 * The funding access's readable-initiatives read over crafted initiatives, by year like the Graph
 * loader (which also skips unreadable sites: test/integration/funding covers that).
 */
export const readableFrom =
  (initiatives: readonly DevelopmentInitiative[]): FundingAccess['readableInitiatives'] =>
  async ({ year } = {}) =>
    initiatives.filter((d) => year === undefined || d.year === year);

/**
 * A funding access whose members throw unless the test hands them in: a test only gets what it
 * asked for, and a component calling something unexpected fails loudly.
 */
export function fundingAccess(over: Partial<FundingAccess> = {}): FundingAccess {
  const unused = async (): Promise<never> => {
    throw new Error('not used by this test');
  };
  return {
    user: 'kontakt.utbildning@vaxjo.example',
    isCoordinator: async () => false,
    myAdministrations: async () => ['utbildning'],
    calls: async () => memoryRepository<FundingCall, FundingCallInput>([]),
    responses: async () => [],
    answer: unused,
    goodExamples: async () => [],
    readableInitiatives: unused,
    initiatives: unused,
    shareGoodExample: unused,
    ...over,
  };
}
