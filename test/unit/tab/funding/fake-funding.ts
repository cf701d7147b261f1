import {
  fundingCallSchema,
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
    initiatives: unused,
    shareGoodExample: unused,
    ...over,
  };
}
