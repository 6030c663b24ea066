// A story as the editor holds it (tags as the comma-separated text typed) and as
// ZSaveStoryInput expects it.
import type { Story } from '../../lib/types';

export const draftOf = (story: Story | null, unitId: string) => ({
  title: story?.title ?? '',
  summary: story?.summary ?? '',
  unitId: story?.unitId ?? unitId,
  tags: story?.tags.join(', ') ?? '',
  coverImageUrl: story?.coverImageUrl ?? '',
  bodyHtml: story?.bodyHtml ?? '',
});

export type StoryDraft = ReturnType<typeof draftOf>;

export function storyInput(draft: StoryDraft, id: string | null, version: number | null) {
  return {
    ...draft,
    id,
    version,
    coverImageUrl: draft.coverImageUrl.trim() || null,
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  };
}
