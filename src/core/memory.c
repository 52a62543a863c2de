/*
 * memory.c — the allocator interface, bump arenas and growable arrays.
 *
 * Extraction allocates many small objects whose lifetime is one call, so
 * an arena keeps allocation cheap and freeing trivial; the allocator under
 * it is palloc in the server and malloc in tests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "narrative.h"

#define NV_ARENA_CHUNK_MIN (64 * 1024)
#define NV_ALIGN 8

struct nv_arena_chunk
{
	nv_arena_chunk *next;
};

static void *
malloc_alloc(void *ctx, size_t size)
{
	void	   *p = malloc(size);

	if (p == NULL)
	{
		fprintf(stderr, "narrative: out of memory allocating %zu bytes\n", size);
		abort();
	}
	return p;
}

static void
malloc_release(void *ctx, void *ptr)
{
	free(ptr);
}

const nv_allocator nv_malloc_allocator = {malloc_alloc, malloc_release, NULL};

void		(*nv_interrupt_hook) (void) = NULL;

void
nv_arena_init(nv_arena *arena, const nv_allocator *allocator)
{
	arena->allocator = allocator;
	arena->chunks = NULL;
	arena->cursor = NULL;
	arena->left = 0;
}

void *
nv_arena_alloc(nv_arena *arena, size_t size)
{
	void	   *p;

	size = (size + NV_ALIGN - 1) & ~(size_t) (NV_ALIGN - 1);
	if (size > arena->left)
	{
		size_t		header = (sizeof(nv_arena_chunk) + NV_ALIGN - 1) & ~(size_t) (NV_ALIGN - 1);
		size_t		want = size + header;
		nv_arena_chunk *chunk;

		if (want < NV_ARENA_CHUNK_MIN)
			want = NV_ARENA_CHUNK_MIN;
		chunk = arena->allocator->alloc(arena->allocator->ctx, want);
		chunk->next = arena->chunks;
		arena->chunks = chunk;
		arena->cursor = (char *) chunk + header;
		arena->left = want - header;
	}
	p = arena->cursor;
	arena->cursor += size;
	arena->left -= size;
	return p;
}

void *
nv_arena_zalloc(nv_arena *arena, size_t size)
{
	void	   *p = nv_arena_alloc(arena, size);

	memset(p, 0, size);
	return p;
}

char *
nv_arena_strndup(nv_arena *arena, const char *s, size_t len)
{
	char	   *p = nv_arena_alloc(arena, len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void
nv_arena_free_all(nv_arena *arena)
{
	nv_arena_chunk *chunk = arena->chunks;

	while (chunk)
	{
		nv_arena_chunk *next = chunk->next;

		arena->allocator->release(arena->allocator->ctx, chunk);
		chunk = next;
	}
	arena->chunks = NULL;
	arena->cursor = NULL;
	arena->left = 0;
}

void *
nv_vec_push(nv_arena *arena, nv_vec *vec, size_t item_size)
{
	char	   *slot;

	if (vec->count == vec->capacity)
	{
		size_t		capacity = vec->capacity ? vec->capacity * 2 : 16;
		void	   *items = nv_arena_alloc(arena, capacity * item_size);

		if (vec->count)
			memcpy(items, vec->items, vec->count * item_size);
		/* the old block stays in the arena: growth doubles, so at most 2x */
		vec->items = items;
		vec->capacity = capacity;
	}
	slot = (char *) vec->items + vec->count * item_size;
	memset(slot, 0, item_size);
	vec->count++;
	return slot;
}
