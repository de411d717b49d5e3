-- Create todo lists and todos
--
-- Revision ID: 3f722af35b3d
-- Revises: dafcd02500f3
-- Create Date: 2026-11-22 01:38:11.611153
-- Branch Labels:
-- Depends On:

-- migrate:upgrade
CREATE TABLE todo_lists (
	id VARCHAR(36) NOT NULL,
	owner_id VARCHAR(36) NOT NULL,
	name VARCHAR(100) NOT NULL,
	created_at TIMESTAMP NOT NULL,
	CONSTRAINT todo_lists_pk PRIMARY KEY (id),
	CONSTRAINT todo_lists_owner_fk FOREIGN KEY (owner_id) REFERENCES users (id)
);

CREATE TABLE todos (
	id VARCHAR(36) NOT NULL,
	list_id VARCHAR(36) NOT NULL,
	title VARCHAR(200) NOT NULL,
	done BOOLEAN DEFAULT FALSE NOT NULL,
	created_at TIMESTAMP NOT NULL,
	CONSTRAINT todos_pk PRIMARY KEY (id),
	CONSTRAINT todos_list_fk FOREIGN KEY (list_id) REFERENCES todo_lists (id)
);

-- migrate:downgrade
DROP TABLE todos;
DROP TABLE todo_lists;
