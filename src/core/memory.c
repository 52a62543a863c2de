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
	nv_arena_chunk *prev;
};

/* Arrays this large get blocks of their own, released when outgrown. */
#define NV_VEC_BLOCK_MIN (NV_ARENA_CHUNK_MIN / 2)

#define CHUNK_HEADER ((sizeof(nv_arena_chunk) + NV_ALIGN - 1) & ~(size_t) (NV_ALIGN - 1))

static void
chunk_link(nv_arena *arena, nv_arena_chunk *chunk)
{
	chunk->prev = NULL;
	chunk->next = arena->chunks;
	if (arena->chunks)
		arena->chunks->prev = chunk;
	arena->chunks = chunk;
}

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
		size_t		want = size + CHUNK_HEADER;
		nv_arena_chunk *chunk;

		if (want < NV_ARENA_CHUNK_MIN)
			want = NV_ARENA_CHUNK_MIN;
		chunk = arena->allocator->alloc(arena->allocator->ctx, want);
		chunk_link(arena, chunk);
		arena->cursor = (char *) chunk + CHUNK_HEADER;
		arena->left = want - CHUNK_HEADER;
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
nv_arena_alloc_block(nv_arena *arena, size_t size)
{
	nv_arena_chunk *chunk = arena->allocator->alloc(arena->allocator->ctx, size + CHUNK_HEADER);

	chunk_link(arena, chunk);
	return (char *) chunk + CHUNK_HEADER;
}

void
nv_arena_release_block(nv_arena *arena, void *block)
{
	nv_arena_chunk *chunk = (nv_arena_chunk *) ((char *) block - CHUNK_HEADER);

	if (chunk->prev)
		chunk->prev->next = chunk->next;
	else
		arena->chunks = chunk->next;
	if (chunk->next)
		chunk->next->prev = chunk->prev;
	arena->allocator->release(arena->allocator->ctx, chunk);
}

/* Room for `capacity` items: a block of its own when large. */
static void *
vec_items(nv_arena *arena, size_t capacity, size_t item_size, bool *own_block)
{
	*own_block = capacity * item_size >= NV_VEC_BLOCK_MIN;
	return *own_block ? nv_arena_alloc_block(arena, capacity * item_size)
		: nv_arena_alloc(arena, capacity * item_size);
}

void
nv_vec_reserve(nv_arena *arena, nv_vec *vec, size_t item_size, size_t capacity)
{
	if (vec->capacity != 0 || capacity == 0)
		return;
	vec->items = vec_items(arena, capacity, item_size, &vec->own_block);
	vec->capacity = capacity;
}

void
nv_vec_grow(nv_arena *arena, nv_vec *vec, size_t item_size)
{
	/* small arrays double; large ones grow by half, which keeps both the
	 * slack and the moment of copying (old and new alive) small */
	size_t		capacity = vec->capacity == 0 ? 16 :
		vec->capacity * item_size >= NV_VEC_BLOCK_MIN ? vec->capacity + vec->capacity / 2 :
		vec->capacity * 2;
	bool		own_block;
	void	   *items = vec_items(arena, capacity, item_size, &own_block);

	if (vec->count)
		memcpy(items, vec->items, vec->count * item_size);
	/* a small array's old items stay in the arena (at most 2x of little);
	 * a large one's go back at once */
	if (vec->own_block)
		nv_arena_release_block(arena, vec->items);
	vec->items = items;
	vec->capacity = capacity;
	vec->own_block = own_block;
}

void
nv_token_index_build(nv_token_index *index, nv_arena *arena, uint32_t token_count,
					 const uint32_t *tokens, size_t count, size_t stride)
{
	size_t		k = 0;

	index->blocks = token_count / 64 + 1;
	index->first = nv_arena_alloc(arena, index->blocks * sizeof(uint32_t));
	for (uint32_t b = 0; b < index->blocks; b++)
	{
		while (k < count && *(const uint32_t *) ((const char *) tokens + k * stride) < b * 64)
			k++;
		index->first[b] = (uint32_t) k;
	}
}
