'use client';
// The page's state that must outlive the view: the open dialog, the notices and the terminated switch. The
// view below it is rendered directly (rows in the shell's HTML) or inside a Suspense boundary while a live
// read streams; a refresh that switches between the two remounts the view, never this frame or its dialog.
import dynamic from 'next/dynamic';
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { ActionFailure } from '@/lib/actions/result';
import type { OrderDto } from '@/lib/orders/types';
import type { DialogRequest } from './change-dialogs';
import { useRefreshLicenses } from './use-licenses';

// The seat, cancel and auto-renew dialogs load when one is first opened.
const ChangeDialogs = dynamic(() => import('./change-dialogs').then((m) => m.ChangeDialogs), { ssr: false });

type Frame = {
  showTerminated: boolean;
  setShowTerminated: (v: boolean) => void;
  setDialog: (d: DialogRequest | null) => void;
  orderFailure: ActionFailure | null;
  setOrderFailure: (f: ActionFailure | null) => void;
  notice: string | null;
  setNotice: (n: string | null) => void;
};

const FrameContext = createContext<Frame | null>(null);

export function useLicensesFrame(): Frame {
  const frame = useContext(FrameContext);
  if (!frame) throw new Error('useLicensesFrame outside LicensesFrame');
  return frame;
}

export function LicensesFrame({ tenantId, children }: { tenantId: string; children: ReactNode }) {
  const [showTerminated, setShowTerminated] = useState(false);
  const [dialog, setDialog] = useState<DialogRequest | null>(null);
  const [orderFailure, setOrderFailure] = useState<ActionFailure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = useRefreshLicenses(tenantId);

  const onPlaced = (order: OrderDto) => {
    setDialog(null);
    setOrderFailure(null);
    setNotice(
      order.scheduledOn
        ? `Decrease scheduled for the renewal date: order ${order.ingramOrderNumber ?? order.poNumber}.`
        : `Order ${order.ingramOrderNumber ?? order.poNumber} placed; following it until it completes.`,
    );
    void refresh();
  };

  return (
    <FrameContext.Provider value={{ showTerminated, setShowTerminated, setDialog, orderFailure, setOrderFailure, notice, setNotice }}>
      {children}
      {dialog && (
        <ChangeDialogs
          tenantId={tenantId}
          request={dialog}
          onClose={() => setDialog(null)}
          onPlaced={onPlaced}
          onChanged={(msg) => {
            setDialog(null);
            setNotice(msg);
            void refresh();
          }}
          onSwitch={setDialog}
        />
      )}
    </FrameContext.Provider>
  );
}
