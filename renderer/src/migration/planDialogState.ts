import { create } from 'zustand';

/** Whether "Plan the migration…" is open: view state, never part of the design or its undo history. */
export const usePlanDialog = create<{ open: boolean }>(() => ({ open: false }));

export const openPlanDialog = () => usePlanDialog.setState({ open: true });
export const closePlanDialog = () => usePlanDialog.setState({ open: false });
