/** What `saveWith` needs of a repository: create, and update with an eTag. */
export interface SavingRepository<T, I> {
  create(input: I): Promise<T>;
  update(id: string, input: I, etag: string): Promise<T>;
}

/**
 * A record form's save command over a repository: update with the eTag the form was opened with
 * (a stale one gives 412 and the conflict panel), create otherwise.
 */
export function saveWith<T, I>(repository: () => Promise<SavingRepository<T, I>>) {
  return async (input: I, existing?: { id?: string; etag?: string }): Promise<T> => {
    const repo = await repository();
    if (existing?.id && existing.etag) return repo.update(existing.id, input, existing.etag);
    return repo.create(input);
  };
}
